using System.Runtime.CompilerServices;

namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>
/// A test that drives the headless browser. Where the browser is not installed it is skipped with
/// the command that installs it, so that the README's <c>dotnet test</c> passes on a fresh machine;
/// where the environment says the browser is required (<c>ALLIANCERULES_REQUIRE_BROWSER=true</c>,
/// which <c>.ci/run</c> sets), it runs and fails without one, so CI can never pass on a browser
/// test that did not run.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>The reason a browser test is skipped, or null when it runs.</summary>
    public static string? SkipReason(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        if (string.Equals(environment(Browser.RequireVariable), "true", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var chromium = Browser.ChromiumPathFrom(environment);
        var driver = Browser.DriverPathFrom(environment);
        if (fileExists(chromium) && fileExists(driver))
        {
            return null;
        }

        var missing = fileExists(chromium) ? $"no chromedriver at {driver}" : $"no chromium at {chromium}";
        return $"{missing}: install the browser with `apt-get install chromium chromium-driver`, or set ALLIANCERULES_CHROMIUM and "
            + $"ALLIANCERULES_CHROMEDRIVER to where yours are, to run this test ({Browser.RequireVariable}=true, as .ci/run sets, makes a missing browser fail it instead)";
    }

    /// <summary>Skips the test with its reason when the browser is missing and not required.</summary>
    /// <param name="test">The test method's name, filled in by the compiler.</param>
    public BrowserFactAttribute([CallerMemberName] string test = "")
    {
        if (SkipReason(Environment.GetEnvironmentVariable, File.Exists) is { } reason)
        {
            Skip = reason;
            // dotnet test prints a skipped test's name but not its reason at its default
            // verbosity: the name carries the reason, so the README's `dotnet test` says why.
            DisplayName = $"{test} (skipped: {reason})";
        }
    }
}
