using AllianceRules.AspNetCore.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>
/// The explorer page in a real headless browser, against the sample served by Kestrel on a
/// loopback port. The class's tests share one browser and one server (<see cref="ExplorerSession"/>);
/// each loads the page afresh, so none sees another's edits.
/// </summary>
[Collection(BrowserAlone.Name)]
public sealed class ExplorerPageTests : IClassFixture<ExplorerSession>
{
    private const string HostileName = "<img src=x onerror=alert(1)>";

    private readonly ChromeDriver _driver;
    private readonly string _address;
    private readonly WebDriverWait _wait;

    public ExplorerPageTests(ExplorerSession session)
    {
        // The first test of the class starts the browser and the server here, on its own clock.
        _driver = session.Driver;
        _address = session.Address;
        // Polled every 50 ms, not Selenium's default 500 ms: the page answers an edit within a few
        // hundred milliseconds, and each wait would otherwise round up to the next half second.
        _wait = new WebDriverWait(_driver, TimeSpan.FromSeconds(30)) { PollingInterval = TimeSpan.FromMilliseconds(50) };
        // The page re-renders its results on every answer: an element read mid-render is read again.
        _wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException), typeof(NoSuchElementException));
    }

    [BrowserFact]
    public void Page_1978ThenStable_BalanceThenBandwagon_HostileNameShownAsText()
    {
        Open();
        Assert.Equal(RulebookVersion.Current, _driver.FindElement(By.Id("rulebook-version")).Text);

        Choose("episode", "1978-soviet-alliance");
        WaitForPosture("Balance");
        Assert.Equal("balance against the neighbour", _driver.FindElement(By.Id("posture-value")).Text);
        Assert.Contains(_driver.FindElements(By.CssSelector("#conclusions td.subject.kind")), cell => cell.Text == "alliance treaty");
        Assert.Contains("Matches the record", _driver.FindElement(By.Id("backtest")).Text, StringComparison.Ordinal);
        Browser.Screenshot(_driver, "1-1978-balance");

        Choose("relation-level", "Stable");
        WaitForPosture("Bandwagon");

        // Why: the rule that drew the posture, from POST explain.
        _driver.FindElement(By.CssSelector("[data-key='posture'] button.why")).Click();
        _wait.Until(d => d.FindElement(By.Id("explanation-body")).Text.Contains("Posture.BandwagonWhenRelationsGoodOrStable", StringComparison.Ordinal));
        Browser.Screenshot(_driver, "2-stable-bandwagon-why");

        var name = _driver.FindElement(By.CssSelector("#power-list .power-name"));
        name.Clear();
        name.SendKeys(HostileName);
        _wait.Until(d => d.FindElements(By.CssSelector("#conclusions td.subject.from")).Any(cell => cell.Text == HostileName)
            && d.FindElement(By.Id("status")).GetDomAttribute("data-state") == "ready");
        Browser.Screenshot(_driver, "3-hostile-name");

        Assert.Empty(_driver.FindElements(By.TagName("img")));
        Assert.Contains(HostileName, _driver.FindElement(By.Id("conclusions")).Text, StringComparison.Ordinal);
        Assert.Throws<NoAlertPresentException>(() => _driver.SwitchTo().Alert());
        WaitForPosture("Bandwagon");
    }

    [BrowserFact]
    public void Page_1991_ShowsTheWarning_TheHedgesAndThePoliticalSystem()
    {
        Open();
        Choose("episode", "1991-normalization");
        WaitForPosture("Accommodate");

        // The treaty of a patron no longer capable (W02), and the three-valued political system and capability in the editor.
        Assert.StartsWith("W02 $.offers[0]:", _driver.FindElement(By.CssSelector("#warnings li")).Text, StringComparison.Ordinal);
        Assert.Contains("political system", _driver.FindElement(By.Id("power-list")).Text, StringComparison.Ordinal);

        Choose("episode", "future-sharp-deterioration");
        WaitForPosture("Balance");
        Assert.Empty(_driver.FindElements(By.Id("warnings")));
        Assert.Contains("gaps: no protection on land, no tripwire troops,", _driver.FindElement(By.CssSelector("#conclusions .gaps")).Text, StringComparison.Ordinal);
        Assert.Contains(_driver.FindElements(By.CssSelector("#conclusions .chip.hedge")), chip => chip.Text.Contains("is likely to limit", StringComparison.Ordinal));
        Browser.Screenshot(_driver, "4-future-hedges");
    }

    [BrowserFact]
    public void Page_1978_WhyCredible_ShowsEachGapCheckedAndAbsent()
    {
        Open();
        Choose("episode", "1978-soviet-alliance");
        WaitForPosture("Balance");

        _driver.FindElement(By.CssSelector("[data-key='commitments[Soviet Union]'] button.why")).Click();
        _wait.Until(d => d.FindElement(By.Id("explanation-body")).Text.Contains("absent: a gap in Soviet Union's commitment", StringComparison.Ordinal));
        var body = _driver.FindElement(By.Id("explanation-body")).Text;
        Assert.Contains("Commitment.NoLandProtectionGap", body, StringComparison.Ordinal);
        Assert.Contains("a guarantee from Soviet Union protects Vietnam on land", body, StringComparison.Ordinal);
        Assert.NotEmpty(_driver.FindElements(By.CssSelector("#explanation-body li.fact.absent li.checked")));
        Browser.Screenshot(_driver, "5-1978-credible-absent-gaps");
    }

    [BrowserFact]
    public void Page_InvalidScenario_ShowsTheProblemsByPath()
    {
        Open();
        Choose("episode", "1978-soviet-alliance");
        WaitForPosture("Balance");

        _driver.FindElement(By.CssSelector("#power-list .power-name")).Clear();

        _wait.Until(d => d.FindElement(By.Id("problems")).Text.Contains("$.powers[0].name: must not be empty", StringComparison.Ordinal));
        Assert.Equal("error", _driver.FindElement(By.Id("status")).GetDomAttribute("data-state"));
    }

    /// <summary>Loads the page afresh and waits until it has started.</summary>
    private void Open()
    {
        // The browser is shared by the class: the page the test before left is marked, and the one
        // loaded must be a new document, so that no test can pass on another's answer.
        _driver.ExecuteScript("window.leftByAnotherTest = true;");
        _driver.Navigate().GoToUrl(_address + "/");
        _wait.Until(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true");
        Assert.True(_driver.ExecuteScript("return window.leftByAnotherTest;") is null, "the page was not loaded afresh: the document the test before left is still there");
    }

    /// <summary>Picks an option as a person does, by clicking it (the select fires its change event).</summary>
    private void Choose(string selectId, string value)
    {
        _driver.FindElement(By.Id(selectId)).Click();
        _driver.FindElement(By.CssSelector($"#{selectId} option[value='{value}']")).Click();
    }

    private void WaitForPosture(string posture) =>
        _wait.Until(d => d.FindElements(By.Id("posture-value")).FirstOrDefault()?.GetDomAttribute("data-value") == posture
            && d.FindElement(By.Id("status")).GetDomAttribute("data-state") == "ready");
}
