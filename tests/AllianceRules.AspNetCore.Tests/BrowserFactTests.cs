using AllianceRules.AspNetCore.Tests.Support;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>When the browser tests run, skip or fail: a fresh machine skips them with the install command, CI requires them.</summary>
public sealed class BrowserFactTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void NoBrowser_NotRequired_SkipsWithTheInstallCommand()
    {
        var reason = BrowserFactAttribute.SkipReason(Environment(), _ => false);

        Assert.NotNull(reason);
        Assert.Contains("no chromium at /usr/bin/chromium", reason, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium chromium-driver", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ChromiumWithoutDriver_NotRequired_SkipsNamingTheDriver()
    {
        var reason = BrowserFactAttribute.SkipReason(Environment(), path => path == "/usr/bin/chromium");

        Assert.Contains("no chromedriver at /usr/bin/chromedriver", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NoBrowser_Required_RunsSoThatItFails()
    {
        Assert.Null(BrowserFactAttribute.SkipReason(Environment((Browser.RequireVariable, "true")), _ => false));
    }

    [Fact]
    public void BrowserInstalled_Runs()
    {
        Assert.Null(BrowserFactAttribute.SkipReason(Environment(), _ => true));
    }

    [Fact]
    public void PathsFromTheEnvironment_AreTheOnesChecked()
    {
        var reason = BrowserFactAttribute.SkipReason(Environment(("ALLIANCERULES_CHROMIUM", "/opt/chrome")), path => path != "/opt/chrome");

        Assert.Contains("no chromium at /opt/chrome", reason, StringComparison.Ordinal);
    }
}
