using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>
/// Debian's headless chromium, driven through its own chromedriver (the two come from one
/// source package, so their versions match; nothing is downloaded). .ci/run installs both and
/// requires them; elsewhere a test marked <see cref="BrowserFactAttribute"/> is skipped without them.
/// </summary>
internal static class Browser
{
    /// <summary>Set to true, a missing browser fails the browser tests instead of skipping them.</summary>
    public const string RequireVariable = "ALLIANCERULES_REQUIRE_BROWSER";

    public static string ChromiumPath => ChromiumPathFrom(Environment.GetEnvironmentVariable);

    public static string DriverPath => DriverPathFrom(Environment.GetEnvironmentVariable);

    public static string ChromiumPathFrom(Func<string, string?> environment) => environment("ALLIANCERULES_CHROMIUM") ?? "/usr/bin/chromium";

    public static string DriverPathFrom(Func<string, string?> environment) => environment("ALLIANCERULES_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    public static ChromeDriver Start()
    {
        Assert.True(File.Exists(ChromiumPath), $"no chromium at {ChromiumPath}: run `apt-get install -y chromium chromium-driver` (.ci/run does), or set ALLIANCERULES_CHROMIUM");
        Assert.True(File.Exists(DriverPath), $"no chromedriver at {DriverPath}: run `apt-get install -y chromium-driver` (.ci/run does), or set ALLIANCERULES_CHROMEDRIVER");

        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        // --no-sandbox: CI runs as root, where chromium's sandbox cannot start.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run", "--window-size=1400,1200");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>Saves a screenshot when ALLIANCERULES_SCREENSHOTS names a folder, for a person to look at.</summary>
    public static void Screenshot(IWebDriver driver, string name)
    {
        if (Environment.GetEnvironmentVariable("ALLIANCERULES_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
        }
    }
}
