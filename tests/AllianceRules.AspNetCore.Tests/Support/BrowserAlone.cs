namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>
/// The explorer page's tests start chromium (about 2.5 s of CPU time) and drive it against a live
/// server: xunit runs them alone, after this assembly's other classes, so that the browser does
/// not wait for cores those classes hold.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserAlone
{
    /// <summary>The collection's name, for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "The browser alone";
}
